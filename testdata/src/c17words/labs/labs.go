// Package labs serves a training platform's hands-on labs (chi): a
// learner asks for the current exercise to be checked; a grader runs the
// exercise's check in the learner's sandbox over HTTP and, when it
// passes, the next module is opened to the learner. No provider, no
// signature, no payment: "Verify" is the grader's word for grading.
package labs

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"
)

// Result is a check's outcome.
type Result struct {
	Passed bool   `json:"passed"`
	Output string `json:"output"`
}

// Grader runs an exercise's check; main wires the sandbox runner.
type Grader interface {
	VerifyAttempt(ctx context.Context, attemptID string) (Result, error)
}

// Attempt is a learner's run of a lab.
type Attempt struct {
	ID, UserID, ModuleID, NextModuleID string
}

// Progress keeps the learners' attempts and the modules they may open.
type Progress struct {
	attempts map[string]Attempt
	access   map[string]bool
	runner   string
}

// GrantAccess opens a module of a course to a learner.
func (p *Progress) GrantAccess(ctx context.Context, userID, moduleID string) error {
	body, _ := json.Marshal(map[string]string{"user": userID, "module": moduleID})
	resp, err := http.Post(p.runner+"/sandboxes/prepare", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	p.access[userID+"/"+moduleID] = true
	return nil
}

// Labs is the learners' lab API.
type Labs struct {
	grader   Grader
	progress *Progress
}

// Routes mounts the lab API behind the learners' authentication.
func (l *Labs) Routes(r chi.Router, auth func(http.Handler) http.Handler) {
	r.With(auth).Post("/labs/attempts/{id}/check", l.CheckAttempt)
}

// CheckAttempt grades the learner's attempt and opens the next module
// when it passes: the learner's own request, answered with the grade.
func (l *Labs) CheckAttempt(w http.ResponseWriter, r *http.Request) {
	att, ok := l.progress.attempts[chi.URLParam(r, "id")]
	if !ok || att.UserID != r.Header.Get("X-User-Id") {
		http.Error(w, "not yours", http.StatusForbidden)
		return
	}
	res, err := l.grader.VerifyAttempt(r.Context(), att.ID)
	if err != nil {
		http.Error(w, "check failed", http.StatusInternalServerError)
		return
	}
	if res.Passed {
		if err := l.progress.GrantAccess(r.Context(), att.UserID, att.NextModuleID); err != nil {
			http.Error(w, "next module", http.StatusInternalServerError)
			return
		}
	}
	_ = json.NewEncoder(w).Encode(res)
}
