package payment

import "strings"

// ---- import-path and name matchers without regular expressions ------------
//
// go vet starts paylint once per package, and the model's tables name
// hundreds of packages and types. Compiled as regular expressions they
// cost a unit that touches them a few milliseconds — more than the
// analysis of a small package — so the tables name paths the way Go
// does, as module prefixes and exact names, and match them with string
// comparisons.

// pathMatcher matches an import path or a type name.
type pathMatcher interface{ MatchString(s string) bool }

// exact matches one string.
type exact string

func (e exact) MatchString(s string) bool { return s == string(e) }

// oneOf matches any of its strings.
type oneOf []string

func (o oneOf) MatchString(s string) bool {
	for _, x := range o {
		if s == x {
			return true
		}
	}
	return false
}

// alternatives reads "A|B" (a table's receiver names) as oneOf.
func alternatives(s string) pathMatcher {
	if !strings.Contains(s, "|") {
		return exact(s)
	}
	return oneOf(strings.Split(s, "|"))
}

// modules matches the packages of whole modules: each module path, its
// major versions (path/v2) and every package under them.
type modules []string

func (m modules) MatchString(path string) bool {
	for _, p := range m {
		if underModule(path, p) {
			return true
		}
	}
	return false
}

func underModule(path, mod string) bool {
	return strings.HasPrefix(path, mod) && (len(path) == len(mod) || path[len(mod)] == '/')
}

// moduleRoots matches each module's root package at any major version
// (path, path/v2, path/v82), not the packages under it.
type moduleRoots []string

func (m moduleRoots) MatchString(path string) bool {
	for _, p := range m {
		if path == p {
			return true
		}
		if v, ok := strings.CutPrefix(path, p+"/v"); ok && v != "" && strings.Trim(v, "0123456789") == "" {
			return true
		}
	}
	return false
}

// modulePackage matches one package of a module at any major version:
// mod + "/" + sub, or mod + "/vN/" + sub (sub "" is the root).
type modulePackage struct{ mod, sub string }

func (m modulePackage) MatchString(path string) bool {
	rest, ok := strings.CutPrefix(path, m.mod)
	if !ok {
		return false
	}
	if strings.HasPrefix(rest, "/v") { // a major version
		i := 2
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		if i > 2 && (i == len(rest) || rest[i] == '/') {
			rest = rest[i:]
		}
	}
	if m.sub == "" {
		return rest == ""
	}
	return rest == "/"+m.sub
}
