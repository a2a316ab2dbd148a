# Included by the programs whose header says `# includes: d_n.py`: an object that reports its death with its name.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        event("__del__", self.n)
