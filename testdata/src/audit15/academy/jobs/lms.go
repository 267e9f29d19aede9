// Package jobs holds the academy's background work: asynq task handlers
// and clients for internal services (LMS, transcoder, certificates).
package jobs

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/smtp"
	"time"

	"audit15/academy/kit"
)

// Roster pushes enrollments to the LMS so learners see the course.
type Roster struct {
	base string
	http *http.Client
}

func NewRoster(base string) *Roster {
	return &Roster{base: base, http: &http.Client{Timeout: 10 * time.Second}}
}

// Sync adds the learner to the course roster. The LMS answers 409 while
// it is re-indexing a course, so every failure is tried again shortly.
func (r *Roster) Sync(ctx context.Context, learnerID, courseID string) error {
	payload, _ := json.Marshal(map[string]string{"user": learnerID, "course": courseID, "role": "student"})
	var last error
	for attempt := 0; attempt < 4; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, r.base+"/api/v2/rosters", bytes.NewReader(payload))
		req.Header.Set("Content-Type", "application/json")
		resp, err := r.http.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK || resp.StatusCode == http.StatusCreated {
				return nil
			}
			err = fmt.Errorf("lms roster: %s", resp.Status)
		}
		last = err
		time.Sleep(200 * time.Millisecond)
	}
	return last
}

// Certificates renders completion certificates as PDF.
type Certificates struct {
	base string
	http *http.Client
}

func NewCertificates(base string) *Certificates {
	return &Certificates{base: base, http: &http.Client{Timeout: 60 * time.Second}}
}

// Render asks the PDF service for a certificate and returns its URL.
func (c *Certificates) Render(ctx context.Context, learnerID, courseID string) (string, error) {
	payload, _ := json.Marshal(map[string]string{"learner": learnerID, "course": courseID, "template": "completion-v3"})
	var url string
	err := kit.Retry(ctx, 5, time.Second, func(ctx context.Context) error {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/render", bytes.NewReader(payload))
		resp, err := c.http.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusCreated {
			return fmt.Errorf("pdf: %s", resp.Status)
		}
		var out struct {
			URL string `json:"url"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			return err
		}
		url = out.URL
		return nil
	})
	return url, err
}

// SMTPMailer sends mail through the relay.
type SMTPMailer struct {
	Addr string
	From string
	Auth smtp.Auth
}

func (m SMTPMailer) Send(ctx context.Context, to, subject, body string) error {
	msg := []byte("To: " + to + "\r\nSubject: " + subject + "\r\n\r\n" + body)
	return smtp.SendMail(m.Addr, m.Auth, m.From, []string{to}, msg)
}
