"""Tags TimeML texts with dateparser for `Storyline.Eval timex-compare`.

stdin: JSON lines {"id", "dct": "YYYY-MM-DD", "text"}; stdout: JSON lines {"id", "mentions": [{start, end, type, value}]}
with UTF-16 offsets (as .NET string indices), then {"seconds"}: time spent in search_dates only.
search_dates returns (substring, datetime) pairs without offsets: each substring is found in the text
left to right. The granularity of the value is the period dateparser gives the same substring
(day, week, month, year, time); see docs/timex.md.
"""
import json
import sys
import time
from datetime import datetime

try:
    from dateparser.search import search_dates
    from dateparser.date import DateDataParser
except ImportError:
    sys.stderr.write("dateparser is not installed: apt-get install python3-dateparser (run with /usr/bin/python3)\n")
    sys.exit(3)


def utf16(text, index):
    return len(text[:index].encode("utf-16-le")) // 2


def to_timex(value, period):
    if period == "time":
        return "TIME", value.strftime("%Y-%m-%dT%H:%M")
    if period == "week":
        iso = value.isocalendar()
        return "DATE", "%04d-W%02d" % (iso[0], iso[1])
    if period == "month":
        return "DATE", value.strftime("%Y-%m")
    if period == "year":
        return "DATE", "%04d" % value.year
    return "DATE", value.strftime("%Y-%m-%d")


def main():
    seconds = 0.0
    for line in sys.stdin:
        if not line.strip():
            continue
        doc = json.loads(line)
        text = doc["text"]
        base = datetime.strptime(doc["dct"], "%Y-%m-%d").replace(hour=12)
        settings = {"RELATIVE_BASE": base}
        start = time.perf_counter()
        found = search_dates(text, languages=["en"], settings=settings) or []
        parser = DateDataParser(languages=["en"], settings=settings)
        periods = [parser.get_date_data(s).period for s, _ in found]
        seconds += time.perf_counter() - start
        mentions = []
        cursor = 0
        for (surface, value), period in zip(found, periods):
            at = text.find(surface, cursor)
            if at < 0:
                continue
            cursor = at + len(surface)
            kind, timex = to_timex(value, period)
            mentions.append({"start": utf16(text, at), "end": utf16(text, cursor), "type": kind, "value": timex})
        sys.stdout.write(json.dumps({"id": doc["id"], "mentions": mentions}) + "\n")
    sys.stdout.write(json.dumps({"seconds": seconds}) + "\n")


if __name__ == "__main__":
    main()
