package payment

import (
	"go/ast"
	"strings"
)

// urlPath is the path part of a URL value, split into segments; each
// segment is literal or a hole.
type urlPath struct {
	Segs  []seg
	Query []piece // holes in the query string
}

type seg struct {
	Lit  string // lower case; "" for a hole
	Hole *piece
}

func (p urlPath) String() string {
	var b strings.Builder
	for _, s := range p.Segs {
		b.WriteByte('/')
		if s.Hole != nil {
			b.WriteString("{}")
		} else {
			b.WriteString(s.Lit)
		}
	}
	return b.String()
}

// parseURL extracts the path of a URL value: a scheme and host are
// dropped, a leading hole followed by "/" is taken as the base URL.
// It returns false when no path is known.
func parseURL(v strval) (urlPath, bool) {
	// Flatten into runes-with-holes.
	type tok struct {
		c    byte
		hole *piece
	}
	var toks []tok
	for i := range v {
		p := &v[i]
		if p.Hole {
			toks = append(toks, tok{hole: p})
			continue
		}
		for j := 0; j < len(p.Lit); j++ {
			toks = append(toks, tok{c: p.Lit[j]})
		}
	}
	// Drop scheme://host.
	start := 0
	if n := len(toks); n > 0 {
		var prefix strings.Builder
		for i := 0; i < n && i < 10 && toks[i].hole == nil; i++ {
			prefix.WriteByte(toks[i].c)
		}
		pre := strings.ToLower(prefix.String())
		if k := strings.Index(pre, "://"); k >= 0 {
			start = k + 3
			for start < n && !(toks[start].hole == nil && toks[start].c == '/') {
				if toks[start].hole == nil && toks[start].c == '?' {
					return urlPath{}, false
				}
				start++
			}
		} else if toks[0].hole != nil {
			// base + "/v1/payments"
			start = 1
			if start >= n || toks[start].hole != nil || toks[start].c != '/' {
				return urlPath{}, false
			}
		} else if toks[0].c != '/' {
			// relative path such as "v1/payments" (resty with a base URL)
			start = 0
			toks = append([]tok{{c: '/'}}, toks...)
			n++
		}
	}
	var p urlPath
	var cur strings.Builder
	var curHole *piece
	inQuery := false
	flush := func() {
		if curHole != nil && cur.Len() == 0 {
			p.Segs = append(p.Segs, seg{Hole: curHole})
		} else if cur.Len() > 0 || curHole != nil {
			if curHole != nil {
				// "pi_{}" or "{}.json": a segment with a hole inside.
				p.Segs = append(p.Segs, seg{Hole: curHole})
			} else {
				p.Segs = append(p.Segs, seg{Lit: strings.ToLower(cur.String())})
			}
		}
		cur.Reset()
		curHole = nil
	}
	var qkey strings.Builder // the query parameter being read
	for i := start; i < len(toks); i++ {
		t := toks[i]
		if inQuery {
			switch {
			case t.hole != nil:
				// Only an id-like parameter names one payment
				// (?payment_id=…, ?id=…), not ?limit=….
				k := strings.TrimSuffix(qkey.String(), "=")
				if idParam.MatchString(k) || verifyRef(p, k) {
					h := *t.hole
					h.Lit = k
					p.Query = append(p.Query, h)
				}
			case t.c == '&':
				qkey.Reset()
			default:
				qkey.WriteByte(t.c)
			}
			continue
		}
		if t.hole != nil {
			if curHole == nil {
				curHole = t.hole
			}
			continue
		}
		switch t.c {
		case '/':
			flush()
		case '?', '#':
			flush()
			inQuery = true
		default:
			cur.WriteByte(t.c)
		}
	}
	flush()
	if len(p.Segs) == 0 {
		return p, false
	}
	return p, true
}

// methodOf evaluates an HTTP method argument.
func (ix *index) methodOf(e ast.Expr) (string, bool) {
	v := ix.evalString(e)
	if hasHole(v) {
		return "", false
	}
	m := strings.ToUpper(v.String())
	if m == "" {
		return "", false
	}
	return m, true
}
