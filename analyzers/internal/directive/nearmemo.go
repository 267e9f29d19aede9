package directive

import (
	"go/ast"
	"go/token"
	"sync"
	"weak"
)

// nearAt is a near miss and the position of its comment.
type nearAt struct {
	pos token.Pos
	nm  *nearMiss
}

// nearMisses returns the near misses among f's comments in source order,
// read once per file: every analyzer that checks the directives
// (CheckIgnores) used to read every comment of the package again, and
// in a package of long documented files that walk was most of what those
// checks cost.
func nearMisses(f *ast.File) []nearAt {
	return nearMemo.of(f, func() []nearAt {
		var out []nearAt
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if nm := parseNearMiss(c); nm != nil {
					out = append(out, nearAt{c.Pos(), nm})
				}
			}
		}
		return out
	})
}

var nearMemo fileMemo

// fileMemo remembers a file's near misses. Keys are weak, so the memo
// keeps no file alive in a long-running driver (golangci-lint analyses
// every package in one process); it is emptied when it grows past
// fileMemoLimit, which also drops the keys of collected files.
type fileMemo struct {
	mu sync.Mutex
	m  map[weak.Pointer[ast.File]][]nearAt
}

const fileMemoLimit = 1 << 14

func (c *fileMemo) of(f *ast.File, compute func() []nearAt) []nearAt {
	k := weak.Make(f)
	c.mu.Lock()
	v, ok := c.m[k]
	c.mu.Unlock()
	if ok {
		return v
	}
	v = compute()
	c.mu.Lock()
	if c.m == nil || len(c.m) >= fileMemoLimit {
		c.m = map[weak.Pointer[ast.File]][]nearAt{}
	}
	c.m[k] = v
	c.mu.Unlock()
	return v
}
