"""Rules in plain Python: model, navigation, scoring, Swedish text. No Textual, no I/O."""
