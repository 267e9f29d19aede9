// Package bad2 does not compile.
package bad2

// Fee is wrong twice.
func Fee() int { return missingTwo + missingThree }
