package payment

import "github.com/paylint/paylint/analyzers/internal/lazyre"

// lazyRE: the model's patterns are compiled on first use (package lazyre).
func lazyRE(src string) *lazyre.Regexp { return lazyre.New(src) }
