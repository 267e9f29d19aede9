package lazyre

import "testing"

func TestCompiledOnFirstUse(t *testing.T) {
	r := New(`(?i)\bstatus\s*=\s*'([a-z]+)'`)
	if r.re != nil {
		t.Fatal("compiled before use")
	}
	if m := r.FindStringSubmatch("SET status = 'paid'"); len(m) != 2 || m[1] != "paid" {
		t.Fatalf("FindStringSubmatch = %q", m)
	}
	if !r.MatchString("status='x'") || r.MatchString("state='x'") {
		t.Fatal("MatchString disagrees with the expression")
	}
}
