"""daigang: the assistant bot for 带岗直播 live streams."""

__version__ = "0.1.0"
