// Package bad1 does not compile.
package bad1

// Amount is wrong.
func Amount() int { return missingOne }
