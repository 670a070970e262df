"""Report renderers and the exporter registry."""
