"""Answers, cards and searches composed from catalogue facts."""
