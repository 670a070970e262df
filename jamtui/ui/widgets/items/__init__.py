"""Answer editors per item type (UI only), looked up by type name in ``registry``."""
