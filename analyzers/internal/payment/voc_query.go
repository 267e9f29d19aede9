package payment

import (
	"go/ast"
	"go/types"
)

// queryFields returns the fields a read query sends. A wrapper whose
// encoder the model cannot follow (a hand-written XML signer such as
// WeChat Pay v2's) still takes the message as an argument: when the
// send shows no body, the map and struct literals handed to the wrapper
// (and local maps) stand for its fields. Only the id a query carries
// back is looked up in them (queryOfWritten), never what makes a write.
func (b *builder) queryFields(s *httpSend) bodyFieldSet {
	fs := b.sendFields(s)
	if len(fs) > 0 || s.Via == nil || s.Call == nil {
		return fs
	}
	for _, a := range s.Call.Args {
		switch x := stripAddr(a).(type) {
		case *ast.CompositeLit:
			b.valueFields(x, fs, 0)
		case *ast.Ident:
			if t := b.ix.info.TypeOf(x); t != nil {
				if _, ok := t.Underlying().(*types.Map); ok {
					b.valueFields(x, fs, 0)
				}
			}
		}
	}
	return fs
}
