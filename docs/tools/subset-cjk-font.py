"""Makes src/main/resources/fonts/DroidSansFallback-CJK.ttf: Droid Sans Fallback (Apache 2.0, Debian
fonts-droid-fallback) cut down to the characters of the national standard character sets, so the bundled font stays
under the project's 2 MB file limit (the whole font is 3.4 MB).

    git show f801715:src/main/resources/fonts/DroidSansFallback.ttf > /tmp/DroidSansFallback.ttf
    python3 docs/tools/subset-cjk-font.py /tmp/DroidSansFallback.ttf src/main/resources/fonts/DroidSansFallback-CJK.ttf

Needs fontTools (pip install fonttools). Kept: GB 2312 (simplified Chinese), Big5 level 1 (traditional Chinese),
JIS X 0208 (Japanese kanji and kana), KS X 1001 (Korean hangul and hanja), CJK punctuation, kana, compatibility
jamo and full-width forms; about 13,800 characters. Rarer characters are reported by the PDF's data quality.
"""
import sys
from fontTools import subset
from fontTools.ttLib import TTFont
cps=set()
def enc(codec, hi, lo):
    for a in hi:
        for b in lo:
            try:
                ch=bytes([a,b]).decode(codec)
                if len(ch)==1: cps.add(ord(ch))
            except Exception: pass
enc('gb2312', range(0xA1,0xF8), range(0xA1,0xFF))   # simplified Chinese, GB 2312 (6,763 hanzi and symbols)
enc('euc_jp', range(0xA1,0xF5), range(0xA1,0xFF))   # Japanese, JIS X 0208 (6,355 kanji, kana)
enc('euc_kr', range(0xA1,0xFE), range(0xA1,0xFF))   # Korean, KS X 1001 (2,350 hangul, 4,888 hanja)
enc('big5', range(0xA4,0xC7), list(range(0x40,0x7F))+list(range(0xA1,0xFF)))  # traditional Chinese, Big5 level 1 (5,401)
for r in [(0x3000,0x303F),(0x3040,0x30FF),(0x31F0,0x31FF),(0xFF00,0xFFEF),(0x3130,0x318F)]:
    cps.update(range(r[0],r[1]+1))
f=TTFont(sys.argv[1])
cmap=f.getBestCmap()
keep=sorted(c for c in cps if c in cmap)
print(len(cps), len(keep))
opts=subset.Options()
opts.name_IDs=['*']; opts.name_languages=['*']; opts.notdef_outline=True; opts.glyph_names=False
opts.layout_features=['*']
s=subset.Subsetter(opts); s.populate(unicodes=keep); s.subset(f)
f.save(sys.argv[2])
