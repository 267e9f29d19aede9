package repocheck

import (
	"strings"
	"testing"
)

// The inputs are built by concatenation so that this file, which the
// repository checks scan too, does not itself set the variable or name a host.
const (
	gp   = "GO" + "PROXY"
	host = "proxy." + "golang.org"
)

func TestGoproxyOverrides(t *testing.T) {
	flagged := []string{
		"export " + gp + "=${PAYLINT_" + gp + ":-https://" + host + "}",
		"(cd testdata/shop && " + gp + "=https://" + host + " go mod download)",
		"run env " + gp + "=direct go mod download",
		`cmd.Env = append(cmd.Env, "` + gp + `=https://athens.example.com")`,
		`env = append(env, "` + gp + `="+mirror)`,
		`os.Setenv("` + gp + `", "https://athens.example.com")`,
		`t.Setenv("` + gp + `", mirror)`,
		"go env -w " + gp + "=https://goproxy.example.com,direct",
		"      " + gp + ": https://artifactory.example.com/api/go/golang",
		"  - " + gp + ": direct",
		"Modules come from `https://" + host + "` by default.",
		"GOFLAGS=-mod=mod GONOSUMDB=x " + gp + "=",
		"mirror: https://goproxy." + "cn",
	}
	for _, line := range flagged {
		if hits := GoproxyOverrides(line); len(hits) != 1 {
			t.Errorf("GoproxyOverrides(%q) = %v, want one hit", line, hits)
		}
	}
	silent := []string{
		`Env: append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "` + gp + `=off", "CGO_ENABLED=1"),`,
		`r := cmdtest.Run(t, dir, []string{"` + gp + `=off", "GOFLAGS=-mod=mod"}, name)`,
		gp + "=off go test ./...",
		`t.Setenv("` + gp + `", "off")`,
		"Modules come through your own `" + gp + "` (Athens, Artifactory, a mirror).",
		`if os.Getenv("` + gp + `") == "" {`,
		"go env " + gp,
		"export PAYLINT_" + gp + "_NOTE=1 # a different variable",
		"import \"golang.org/x/tools/go/analysis\"",
		"sum.golang.org verifies the checksums",
		"https://golangci-lint.run/plugins/module-plugins/",
		"// " + gp + " is left as the user set it.",
	}
	for _, line := range silent {
		if hits := GoproxyOverrides(line); len(hits) != 0 {
			t.Errorf("GoproxyOverrides(%q) = %v, want none", line, hits)
		}
	}
}

func TestSeedNames(t *testing.T) {
	flagged := []string{
		"| `pollcreate` | ... | Hilt (" + "000) |",
		"Hilt (" + "000, errors, payment states and polling)",
		"Seeds: Tally guide (" + "001_4b0ff9c2f60c4f66.txt): \"Don't poll\"",
		"see 002_7d9f04335117" + "c614.txt",
		"KeyStone (" + "003)",
	}
	for _, line := range flagged {
		if hits := SeedNames(line); len(hits) != 1 {
			t.Errorf("SeedNames(%q) = %v, want one hit", line, hits)
		}
	}
	silent := []string{
		`Tally, "Idempotency is the retry primitive"`,
		`Hilt, "Good polling pattern": keep the same payment_id`,
		"an amount of 1000 (0.01 units) or (0004) or (004)",
		"uuid 123e4567-e89b-12d3-a456-426614174000",
		"sha 0123456789abcdef0123456789abcdef",
		"exit (0) or (1) or 2",
		"| 408 | retry later (003a is not a guide) |",
	}
	for _, line := range silent {
		if hits := SeedNames(line); len(hits) != 0 {
			t.Errorf("SeedNames(%q) = %v, want none", line, hits)
		}
	}
}

func TestSample(t *testing.T) {
	md := strings.Join([]string{
		"# Title",
		"```yaml",
		"# .golangci.yml",
		"version: \"2\"",
		"```",
		"",
		"> ```yaml",
		"> # .golangci.yml",
		"> quoted: prose, not a sample",
		"> ```",
		"```sh",
		"# .golangci.yml is not yaml here",
		"```",
		"```yaml",
		"# .custom-gcl.yml at the root",
		"version: v2.15.0",
		"```",
		"```yaml",
		"# .golangci.yml.example",
		"other: 1",
		"```",
	}, "\n")
	got, err := Sample(md, "yaml", ".golangci.yml")
	if err != nil || got != "# .golangci.yml\nversion: \"2\"\n" {
		t.Errorf("Sample(.golangci.yml) = %q, %v", got, err)
	}
	got, err = Sample(md, "yaml", ".custom-gcl.yml")
	if err != nil || got != "# .custom-gcl.yml at the root\nversion: v2.15.0\n" {
		t.Errorf("Sample(.custom-gcl.yml) = %q, %v", got, err)
	}
	if _, err := Sample(md, "yaml", ".paylint.yml"); err == nil {
		t.Errorf("Sample(.paylint.yml): want an error, the sample is missing")
	}
	if _, err := Sample(md+"\n```yaml\n# .golangci.yml\n```\n", "yaml", ".golangci.yml"); err == nil {
		t.Errorf("Sample with two .golangci.yml blocks: want an error")
	}
}
