package payment

import (
	"go/ast"
	"go/types"
	"strings"
)

var redisPaths = map[string]bool{
	"github.com/redis/go-redis/v9": true,
	"github.com/go-redis/redis/v8": true,
}

// redisWrite: HSet(ctx, "order:"+id, "status", "paid") and
// Set(ctx, "user:"+id+":plan", "pro", 0). The key's constant prefix
// before the id is the table ("order", "user"); a constant segment after
// the id is the column ("plan"); a key with no id in it is left alone.
func (b *builder) redisWrite(call *ast.CallExpr, fn *types.Func) dbVerdict {
	if !redisPaths[funcPath(fn)] || len(call.Args) < 3 || call.Ellipsis.IsValid() {
		return dbUnknown
	}
	table, col := b.redisKey(call.Args[1])
	if table == nil {
		return dbUnknown
	}
	var vals []colVal
	switch fn.Name() {
	case "Set", "SetNX", "SetEx", "SetEX", "SetXX", "GetSet":
		if col != "" {
			cv := b.goValue(call.Args[2])
			cv.col = col
			vals = append(vals, cv)
		}
	case "HSet", "HMSet", "HSetNX":
		vals = b.hashFields(call.Args[2:])
	default:
		return dbUnknown
	}
	return classifyWrite(table, vals, false)
}

// hashFields: the field/value pairs of HSet ("status", "paid", …) or the
// one map or struct literal it was given.
func (b *builder) hashFields(args []ast.Expr) []colVal {
	if len(args) == 1 {
		e := stripAddr(args[0])
		if v := b.ix.identVar(e); v != nil {
			if a, ok := b.ix.single(v); ok && a.Index < 0 {
				e = stripAddr(a.RHS)
			}
		}
		if cl, ok := e.(*ast.CompositeLit); ok {
			return b.litColumns(cl)
		}
		return nil
	}
	var out []colVal
	for i := 0; i+1 < len(args); i += 2 {
		name, ok := b.ix.stringConst(args[i])
		if !ok {
			continue
		}
		cv := b.goValue(args[i+1])
		cv.col = goColumn(name)
		out = append(out, cv)
	}
	return out
}

// redisKey splits a key made of constants and values ("order:"+id,
// fmt.Sprintf("user:%d:plan", id), through a local) into the table
// words before the first value and the column after the last one.
func (b *builder) redisKey(e ast.Expr) ([]string, string) {
	text, ok := b.keyTemplate(e, 0)
	if !ok || !strings.Contains(text, "\x00") {
		return nil, ""
	}
	segs := strings.Split(text, ":")
	var table []string
	i := 0
	for ; i < len(segs) && !strings.Contains(segs[i], "\x00"); i++ {
		table = append(table, tableWords(segs[i])...)
	}
	if table == nil {
		return nil, ""
	}
	col := ""
	if last := segs[len(segs)-1]; i < len(segs)-1 && last != "" && !strings.Contains(last, "\x00") {
		col = goColumn(last)
	}
	return table, col
}

// keyTemplate renders a key expression with "\x00" where a value goes.
func (b *builder) keyTemplate(e ast.Expr, depth int) (string, bool) {
	if depth > 8 {
		return "", false
	}
	e = unparen(e)
	if s, ok := b.ix.stringConst(e); ok {
		return s, true
	}
	switch x := e.(type) {
	case *ast.BinaryExpr:
		l, ok1 := b.keyTemplate(x.X, depth+1)
		r, ok2 := b.keyTemplate(x.Y, depth+1)
		return l + r, ok1 && ok2 && x.Op.String() == "+"
	case *ast.CallExpr:
		fn := calleeOf(b.ix.info, x)
		if isFunc(fn, "fmt", "Sprintf") && len(x.Args) >= 1 {
			if f, ok := b.ix.stringConst(x.Args[0]); ok {
				return sprintfTemplate(f), true
			}
		}
		return "\x00", true
	case *ast.Ident:
		if v := b.ix.identVar(x); v != nil {
			if a, ok := b.ix.single(v); ok && a.Index < 0 && a.RHS != nil {
				return b.keyTemplate(a.RHS, depth+1)
			}
		}
	}
	return "\x00", true
}

// sprintfTemplate: "user:%d:plan" → "user:\x00:plan".
func sprintfTemplate(f string) string {
	var sb strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '%' || i+1 >= len(f) {
			sb.WriteByte(f[i])
			continue
		}
		if f[i+1] == '%' {
			sb.WriteByte('%')
			i++
			continue
		}
		j := i + 1
		for j < len(f) && strings.IndexByte("+-# 0123456789.[]*", f[j]) >= 0 {
			j++
		}
		sb.WriteByte(0)
		i = j
	}
	return sb.String()
}
