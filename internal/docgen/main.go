// Command docgen writes docs/rules: one Markdown page per paylint
// analyzer, generated from its Doc, and an index. It runs from
// analyzers/generate.go: go generate ./analyzers.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/paylint/paylint/analyzers"
)

func main() {
	out := flag.String("out", filepath.Join("docs", "rules"), "directory to write the pages to")
	flag.Parse()
	if err := write(*out, Generate(analyzers.All())); err != nil {
		fmt.Fprintln(os.Stderr, "docgen:", err)
		os.Exit(1)
	}
}

// write replaces the pages that changed and removes generated pages of
// analyzers that no longer exist; other files in dir are left alone.
func write(dir string, files []File) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	keep := map[string]bool{}
	for _, f := range files {
		keep[f.Name] = true
		path := filepath.Join(dir, f.Name)
		if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, f.Data) {
			continue
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			return err
		}
	}
	stale, err := staleFiles(dir, keep)
	for _, path := range stale {
		if err := os.Remove(path); err != nil {
			return err
		}
	}
	return err
}

// staleFiles lists the generated pages in dir that are not in keep.
func staleFiles(dir string, keep map[string]bool) ([]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		return nil, err
	}
	var stale []string
	for _, p := range paths {
		if keep[filepath.Base(p)] {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		if strings.HasPrefix(string(data), header) {
			stale = append(stale, p)
		}
	}
	return stale, nil
}
