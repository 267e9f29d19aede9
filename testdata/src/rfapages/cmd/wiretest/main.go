// Command wiretest serves nothing itself; its test wires the pages.
package main

import "log"

func main() { log.Println("see main_test.go") }
