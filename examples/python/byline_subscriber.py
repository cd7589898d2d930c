#!/usr/bin/env python3
"""Byline downstream subscriber in Python.

Reads extracted articles from Byline's ARTICLES stream on NATS JetStream
with a durable pull consumer, decodes every body form Byline publishes
(plain JSON, zstd-compressed JSON, JSON kept in the object store), checks
each article against schema/article.schema.json, hands it to handle() and
acks it. It is the Python twin of the Go kit (package subscribe) and keeps
the same rules:

* at least once: an article whose handler fails is naked with a backoff
  and delivered again; there is no delivery limit unless --max-deliver N,
  which terminates it (logged) when the handler fails on delivery N;
* a slow handler keeps its article: while handle() runs (in a worker
  thread) the server hears "in progress" every AckWait/3, so the article
  is not delivered again to another instance of the durable;
* nothing is terminated because of how Byline encoded it: a message this
  code cannot decode (a newer schema_version, an unknown Content-Encoding,
  a body the object store does not return, an article the schema rejects)
  is logged and kept for a later delivery, so fixing or upgrading the
  subscriber recovers it;
* duplicates are recognisable: a redelivery has the same stream sequence,
  a re-published article the same Nats-Msg-Id ("article:<id>:<content
  hash>:<fingerprint>", new for any edit, headline and tags included);
  a changed article keeps its "id".

    pip install -r examples/python/requirements.txt
    byline run --nats-listen 127.0.0.1:4222 &
    python3 examples/python/byline_subscriber.py --site example.com --since 24h

Each article prints as one JSON line (id, url, headline, how it travelled);
replace handle() with your own work. A summary (counts) goes to stderr at
exit, and to --stats FILE as JSON.
"""

import argparse
import asyncio
import collections
import datetime
import hashlib
import io
import json
import os
import signal
import sys
import time
import urllib.parse

import jsonschema
import nats
import nats.errors
import nats.js.errors
import zstandard
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy

# The article schema_version this code was written for. Within a version
# changes are additive (ignore fields you do not know); a message with a
# higher Byline-Schema-Version is kept until the subscriber is upgraded.
SCHEMA_VERSION = 1
STREAM = "ARTICLES"
BODY_BUCKET = "byline-article-bodies"
SUBJECT_PREFIX = "byline.articles"
MAX_DECODED = 64 << 20  # the Go decoder's cap on a decompressed body
ACK_WAIT = 30  # seconds the server waits for an ack (or a heartbeat)
BACKOFF = [1, 5, 30, 60, 300]  # seconds before redelivering a failed article
UNDECODABLE_DELAY = 600  # seconds before an undecodable article comes back

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCHEMA = os.path.join(HERE, "..", "..", "schema", "article.schema.json")


class Undecodable(Exception):
    """The message is not an article this subscriber can read (yet)."""


def token(s):
    """One NATS subject token, as Byline makes it (wire.Token)."""
    if not s:
        return "_"
    return "".join(c if ("a" <= c <= "z" or "0" <= c <= "9" or c in "-_") else "_" for c in s.lower())


def site_of(s):
    """The site of a host name or URL: host without port and "www."."""
    if "://" not in s:
        s = "http://" + s
    host = (urllib.parse.urlsplit(s).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def subjects(sites):
    """Filter subjects: byline.articles.<site token> per site, or all."""
    if not sites:
        return [SUBJECT_PREFIX + ".>"]
    return sorted({f"{SUBJECT_PREFIX}.{token(site_of(s))}" for s in sites})


def parse_since(s):
    """'24h', '30m', '90s', '7d' or an RFC 3339 time -> aware datetime."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    if s and s[-1] in units and s[:-1].isdigit():
        return datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(seconds=int(s[:-1]) * units[s[-1]])
    return datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))


def unzstd(data):
    """Decompress a zstd body, refusing more than MAX_DECODED bytes."""
    try:
        reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data))
        out = reader.read(MAX_DECODED + 1)
    except zstandard.ZstdError as e:
        raise Undecodable(f"corrupt zstd body: {e}") from e
    if len(out) > MAX_DECODED:
        raise Undecodable(f"zstd body larger than {MAX_DECODED} bytes")
    return out


class Subscriber:
    def __init__(self, js, args, validator):
        self.js = js
        self.args = args
        self.validator = validator
        self.store = None
        self.seen = collections.OrderedDict()  # recent Nats-Msg-Ids, for dedupe
        self.stats = collections.Counter()
        self.handled = 0
        self.kept = set()  # stream sequences kept as undecodable, still unacked
        # Subject tokens are lossy (news.example.com and news_example.com
        # share one), so the article's own site is checked too.
        self.sites = {site_of(s) for s in args.site}

    async def body(self, ref):
        """Fetch an offloaded article body and check it against its name
        ("article-" + hex SHA-256 of the bytes)."""
        if self.store is None:
            self.store = await self.js.object_store(self.args.body_bucket)  # errors here are transient
        try:
            res = await self.store.get(ref)
        except nats.js.errors.ObjectNotFoundError as e:
            raise Undecodable(f"body object {ref} is gone (older than the bucket's TTL?)") from e
        data = res.data or b""
        if ref.startswith("article-") and "article-" + hashlib.sha256(data).hexdigest() != ref:
            raise Undecodable(f"body object {ref} does not match its SHA-256")
        return data

    async def decode(self, msg):
        """Return (article dict, form) for an ARTICLES message."""
        h = msg.headers or {}
        try:
            version = int(h.get("Byline-Schema-Version", "0"))
        except ValueError as e:
            raise Undecodable(f"bad Byline-Schema-Version {h.get('Byline-Schema-Version')!r}") from e
        if version > SCHEMA_VERSION:
            raise Undecodable(f"schema_version {version} is newer than this subscriber's {SCHEMA_VERSION}: upgrade it")
        data, form = msg.data, "plain"
        ref = h.get("Byline-Body-Ref")
        if ref:
            data, form = await self.body(ref), "object"
        encoding = h.get("Content-Encoding", "")
        if encoding == "zstd":
            data = unzstd(data)
            form = "zstd" if form == "plain" else form
        elif encoding:
            raise Undecodable(f"unknown Content-Encoding {encoding!r}")
        try:
            article = json.loads(data)
        except ValueError as e:
            raise Undecodable(f"article JSON: {e}") from e
        body_version = article.get("schema_version", 0) if isinstance(article, dict) else 0
        if isinstance(body_version, int) and body_version > SCHEMA_VERSION:
            # A producer that set no (or an older) header: the JSON decides.
            raise Undecodable(f"schema_version {body_version} is newer than this subscriber's {SCHEMA_VERSION}: upgrade it")
        errors = sorted(self.validator.iter_errors(article), key=lambda e: list(e.path))
        if errors:
            self.stats["invalid"] += 1
            e = errors[0]
            raise Undecodable(f"article does not match the schema at {'/'.join(map(str, e.path))}: {e.message}")
        return article, form

    def duplicate(self, msg_id):
        """Remember msg_id; report whether it was seen recently."""
        if not msg_id:
            return False
        if msg_id in self.seen:
            self.seen.move_to_end(msg_id)
            return True
        self.seen[msg_id] = True
        if len(self.seen) > 100_000:
            self.seen.popitem(last=False)
        return False

    def handle(self, article, meta):
        """Your work goes here. Raise to have the article delivered again.
        It runs in a worker thread, so it may block as long as it needs."""
        line = {"id": article["id"], "url": article["url"], "headline": article["headline"], **meta}
        print(json.dumps(line, ensure_ascii=False), flush=True)

    async def settle(self, msg):
        md = msg.metadata
        deliveries = md.num_delivered or 1
        self.stats["delivered"] += 1
        if deliveries > 1:
            self.stats["redelivered"] += 1
        try:
            article, form = await self.decode(msg)
        except Undecodable as e:
            self.stats["undecodable"] += 1
            self.kept.add(md.sequence.stream)
            print(f"byline-subscriber: kept for later, cannot decode {msg.subject} seq {md.sequence.stream}: {e}", file=sys.stderr)
            await msg.nak(delay=UNDECODABLE_DELAY)
            return
        except Exception as e:  # the object store did not answer: try again later
            self.stats["decode_retries"] += 1
            print(f"byline-subscriber: will retry {msg.subject} seq {md.sequence.stream}: {e!r}", file=sys.stderr)
            await msg.nak(delay=BACKOFF[min(deliveries, len(BACKOFF)) - 1])
            return
        self.kept.discard(md.sequence.stream)
        if self.sites and site_of(article.get("canonical_url") or article.get("url", "")) not in self.sites:
            # Another host that shares the subject token of a --site.
            self.stats["skipped"] += 1
            await self.ack(msg)
            return
        self.stats[form] += 1
        msg_id = (msg.headers or {}).get("Nats-Msg-Id", "")
        if self.duplicate(msg_id):
            # The same article content again (a re-publication or a
            # redelivery after a lost ack): already handled.
            self.stats["duplicates"] += 1
            await self.ack(msg)
            return
        meta = {"form": form, "seq": md.sequence.stream, "msg_id": msg_id, "deliveries": deliveries}
        beat = asyncio.create_task(self.heartbeat(msg))
        try:
            await asyncio.to_thread(self.handle, article, meta)
        except Exception as e:
            self.seen.pop(msg_id, None)
            if self.args.max_deliver and deliveries >= self.args.max_deliver:
                self.stats["terminated"] += 1
                print(f"byline-subscriber: terminated {msg.subject} seq {md.sequence.stream} id {article.get('id')}: "
                      f"handler failed on delivery {deliveries} of --max-deliver {self.args.max_deliver}: {e!r}", file=sys.stderr)
                await msg.term()
                return
            self.stats["retried"] += 1
            print(f"byline-subscriber: handler failed on {article.get('url')}: {e!r}", file=sys.stderr)
            await msg.nak(delay=BACKOFF[min(deliveries, len(BACKOFF)) - 1])
            return
        finally:
            beat.cancel()
        await self.ack(msg)
        self.stats["acked"] += 1
        self.handled += 1

    async def heartbeat(self, msg):
        """Tell the server, every AckWait/3, that msg is still being handled,
        so it does not deliver it again elsewhere when AckWait runs out."""
        while True:
            await asyncio.sleep(self.args.ack_wait / 3)
            try:
                await msg.in_progress()
            except Exception:  # a lost connection: the article comes back anyway
                pass

    async def ack(self, msg):
        """Ack and wait for the server to confirm. An unconfirmed ack is not
        an error: the article may come back, and dedupe recognises it."""
        try:
            await msg.ack_sync(timeout=10)
        except nats.errors.TimeoutError:
            self.stats["ack_unconfirmed"] += 1
            print(f"byline-subscriber: ack of {msg.subject} not confirmed; it may be delivered again", file=sys.stderr)


async def run(args):
    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)

    nc = await nats.connect(args.nats, name="byline-python-subscriber")
    js = nc.jetstream()
    config = ConsumerConfig(
        durable_name=args.durable,
        ack_policy=AckPolicy.EXPLICIT,
        ack_wait=args.ack_wait,
        max_deliver=-1,  # the server never gives up; --max-deliver terminates here
        filter_subjects=subjects(args.site),
    )
    if args.since:
        config.deliver_policy = DeliverPolicy.BY_START_TIME
        config.opt_start_time = parse_since(args.since)
    # An existing durable resumes where it stopped; its start cannot change.
    psub = await js.pull_subscribe("", durable=args.durable, stream=args.stream, config=config)

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)

    sub = Subscriber(js, args, validator)
    deadline = time.monotonic() + args.timeout if args.timeout else None
    code = 0
    while not stop.is_set():
        if args.count and sub.handled >= args.count:
            break
        if deadline and time.monotonic() > deadline:
            print(f"byline-subscriber: timed out after {args.timeout}s with {sub.handled} articles", file=sys.stderr)
            code = 2
            break
        try:
            msgs = await psub.fetch(batch=1, timeout=2)
        except (nats.errors.TimeoutError, asyncio.TimeoutError):
            if args.until_caught_up:
                # Articles kept as undecodable (a newer schema) stay
                # unacked for an upgraded subscriber: not waited for.
                info = await psub.consumer_info()
                if info.num_pending == 0 and info.num_ack_pending <= len(sub.kept):
                    break
            continue
        for msg in msgs:
            await sub.settle(msg)

    # Every settled message was acked or naked already. Drop the pull
    # subscription first: draining it with its last fetch request still
    # open waited out nats-py's 30 s drain timeout on every exit.
    await psub.unsubscribe()
    await nc.drain()
    summary = dict(sub.stats, handled=sub.handled, terminated=sub.stats["terminated"])
    print("byline-subscriber: " + json.dumps(summary, sort_keys=True), file=sys.stderr)
    if args.stats:
        with open(args.stats, "w", encoding="utf-8") as f:
            json.dump(summary, f, sort_keys=True)
    return code


def main(argv=None):
    p = argparse.ArgumentParser(description="Read Byline articles from NATS JetStream (ARTICLES stream).")
    p.add_argument("--nats", default="nats://127.0.0.1:4222", help="NATS server URL (byline run --nats-listen)")
    p.add_argument("--durable", default="python-subscriber", help="durable consumer name: a restart resumes here")
    p.add_argument("--site", action="append", default=[], help="only this site (host name, e.g. example.com); repeatable")
    p.add_argument("--since", help="when the durable is created, start at articles stored since this (24h, 30m or RFC 3339)")
    p.add_argument("--stream", default=STREAM, help="articles stream name")
    p.add_argument("--body-bucket", default=BODY_BUCKET, help="object store bucket of articles too large for a message")
    p.add_argument("--schema", default=DEFAULT_SCHEMA, help="article JSON Schema (schema/article.schema.json)")
    p.add_argument("--ack-wait", type=float, default=ACK_WAIT, help="seconds before an unacked article is delivered again (heartbeats every third of it)")
    p.add_argument("--max-deliver", type=int, default=0, help="terminate an article when the handler fails on this delivery (default: retry forever)")
    p.add_argument("--count", type=int, default=0, help="exit after handling this many articles")
    p.add_argument("--until-caught-up", action="store_true", help="exit once nothing is pending or unacked (articles kept as undecodable are left for an upgraded subscriber)")
    p.add_argument("--timeout", type=float, default=0, help="give up (exit 2) after this many seconds")
    p.add_argument("--stats", help="write the summary counts to this JSON file")
    return asyncio.run(run(p.parse_args(argv)))


if __name__ == "__main__":
    sys.exit(main())
