# Included by the programs whose header says `# includes: r_dead.py`: an object that reports its death, indented
# under the event that caused it.
class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        event("  dead", self.n)
