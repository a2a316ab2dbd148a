# Included by the programs whose header says `# includes: res.py`: a resource that reports when it is gone.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        event("res gone", self.name)
