"""Draw a random sample of statements from a mixed archive to judge by hand.

    for p in 1 2 3 4; do search quotes --archive A --format jsonl -n 10000 --page $p \
        --max-articles 30000; done > quotes.jsonl
    python3 draw_mixed.py SEED [REUTERS BBC OTHER] < quotes.jsonl

Prints 40 statements: 17 from Reuters (ids reuters-*), 17 from the BBC files (doc-*),
6 from the other pages (seed and sample); or as many of each as given
(`python3 draw_mixed.py 8080 100 100 0` for 200 from Reuters and BBC). Each line carries
the FNV-1a hash of the statement's text (as judge.Hash), to record instead of the text. Statements are deduplicated by article and
text and sorted before sampling, so a seed gives the same sample for the same archive.
A fifth argument "new" leaves out the statements (article id and hash) of every
mixed-*.tsv beside this script (`python3 draw_mixed.py 1204 50 50 0 new`).
"""
import glob,json,os,random,sys

def fnv(text):
    h=0xcbf29ce484222325
    for b in text.encode():
        h=((h^b)*0x100000001b3)&0xffffffffffffffff
    return '%016x'%h

rows=sorted({(r['id'],r['text']):r for r in map(json.loads,sys.stdin)}.values(),key=lambda r:(r['id'],r['text']))
if len(sys.argv)>=6 and sys.argv[5]=='new':
    seen=set()
    for f in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)),'mixed-*.tsv')):
        for l in open(f):
            c=l.rstrip('\n').split('\t')
            if not l.startswith('#') and len(c)>2:
                seen.add((c[1],c[2]))
    rows=[r for r in rows if (r['id'],fnv(r['text'])) not in seen]
rnd=random.Random(int(sys.argv[1]))
sizes=[int(a) for a in sys.argv[2:5]] if len(sys.argv)>=5 else [17,17,6]
groups=dict(zip(('reuters','doc','other'),sizes))
out=[]
for g,n in groups.items():
    pool=[r for r in rows if (r['id'].split('-')[0] if r['id'].split('-')[0] in ('reuters','doc') else 'other')==g]
    out+=rnd.sample(pool,min(n,len(pool)))
for i,r in enumerate(out,1):
    print(json.dumps({'n':i,'id':r['id'],'person':r['person'],'via':r['via'],'evidence':r['evidence'],'hash':fnv(r['text']),'text':r['text']}))
