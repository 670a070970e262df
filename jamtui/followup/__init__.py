"""People, units, the action register and the activity log of one organisation (pure rules)."""
