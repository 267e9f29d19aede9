package handler

import (
	"go/types"
	"sync"
	"weak"
)

// typeMemo remembers a costly yes/no question about named types (ctxType
// builds two method sets per type and is asked of every argument of every
// call the verifier shapes look at: 40% of the analysis of stripe-go
// before this memo). Keys are weak, so the memo keeps no package's types
// alive in a long-running driver (golangci-lint analyses every package in
// one process); it is emptied when it grows past limit, which also drops
// the keys of collected types.
type typeMemo struct {
	mu sync.Mutex
	m  map[typeKey]bool
}

type typeKey struct {
	named weak.Pointer[types.Named]
	ptr   bool // the question was asked of *named
}

const typeMemoLimit = 1 << 14

func (c *typeMemo) of(n *types.Named, ptr bool, compute func() bool) bool {
	k := typeKey{weak.Make(n), ptr}
	c.mu.Lock()
	v, ok := c.m[k]
	c.mu.Unlock()
	if ok {
		return v
	}
	v = compute()
	c.mu.Lock()
	if c.m == nil || len(c.m) >= typeMemoLimit {
		c.m = map[typeKey]bool{}
	}
	c.m[k] = v
	c.mu.Unlock()
	return v
}

// ctxShapes memoises ctxType.
var ctxShapes typeMemo
