"""Team sync over git (dulwich): the field-level merge, the repository plumbing, conflicts."""
