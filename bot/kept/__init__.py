"""What the bot keeps between runs in the user's cache folder to start fast (`folder.py`: where,
and whether a file there is the user's own; `regexes.py`: compiled regular expressions). Nothing
here changes a result: a missing or doubtful file only means building afresh."""
