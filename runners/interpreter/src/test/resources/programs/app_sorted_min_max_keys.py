# includes: named.py
# A leaderboard ranks player objects with sorted, min and max keys, and the rankings keep players alive until dropped
from operator import attrgetter

class Player(Named):
    died = "player gone"
    def __repr__(self):
        return self.name

players = [Player("ann", score=30, level=2), Player("bo", score=50, level=1),
           Player("cy", score=30, level=3), Player("di", score=10, level=3)]
by_score = sorted(players, key=attrgetter("score"), reverse=True)
event("by score", by_score)
by_level_then_name = sorted(players, key=lambda p: (-p.level, p.name))
event("by level", by_level_then_name)
event("best", max(players, key=lambda p: p.score), "worst", min(players, key=attrgetter("score")))
event("min of empty", min([], key=len, default=None))
top2 = by_score[:2]
players.clear()
del by_level_then_name
event("lists dropped but by_score")
del by_score
event("only top2", top2)
top2.sort(key=attrgetter("name"), reverse=True)
event("top2", top2)
del top2
event("end")
