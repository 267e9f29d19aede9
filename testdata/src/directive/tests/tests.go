// Package tests has directives in a _test.go file, for the rules that leave
// test files alone (CheckUnusedOutsideTests).
package tests

func charge() {}
