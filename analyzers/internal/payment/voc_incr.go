package payment

import "go/ast"

// HashKeyWords returns the words of the key a go-redis HIncrBy or
// HIncrByFloat adds to ("wallet:"+id → wallet), nil for another call or
// a key that is not a template: the key names what the hash holds, so a
// constant field added to a wallet's hash adds to a balance whatever the
// field is called (a currency code, a sub-account), unless the field
// counts events (CounterName).
func (s *StoreIncrements) HashKeyWords(call *ast.CallExpr) []string {
	if s == nil || s.pass == nil {
		return nil
	}
	fn := calleeOf(s.pass.TypesInfo, call)
	if fn == nil || !redisPaths[funcPath(fn)] || (fn.Name() != "HIncrBy" && fn.Name() != "HIncrByFloat") || len(call.Args) < 4 {
		return nil
	}
	table, _ := s.builder().redisKey(call.Args[1])
	return table
}

// CounterName reports whether a column or field counts events, not money
// (login_count, attempts, views).
func CounterName(col string) bool { return counterColumn(col) }
