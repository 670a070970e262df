"""Workshop mode: a projector page and participants' phones, served by the facilitator's app."""
