// Package uses imports a package that does not compile.
package uses

import "example.com/partial/bad1"

// Total adds one.
func Total() int { return bad1.Amount() + 1 }
