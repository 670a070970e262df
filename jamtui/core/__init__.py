"""Rules in plain Python: checklist model, navigation, scoring and Swedish text. No Textual, no I/O."""
