"""Recorded streams: `read` turns a recording (jsonl, Bilibili XML, chat-downloader, CSV) into events
in time order. Pure but for reading the file it is given."""
