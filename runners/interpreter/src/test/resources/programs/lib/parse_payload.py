# Included by the programs whose header says `# includes: named.py, parse_payload.py`: parse(data), whose frame
# holds a Payload (reported dead as "payload freed" with len(data)) while int(data) raises ValueError for data
# that is not a number, so a traceback of the failure keeps the payload alive.
class Payload(Named):
    died = "payload freed"

def parse(data):
    payload = Payload(len(data))
    return int(data)
