"""The data that ships with daigang: the understanding lexicon, the blocked words, and the demo's
catalogue and recorded stream. Read through `bot.seedfiles`, never by a path next to the code, so
that an installed wheel finds them as well as a checkout."""
