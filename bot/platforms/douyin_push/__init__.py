"""Douyin's official data push for 直播小玩法: signed HTTP callbacks with comments, gifts and likes."""
