// Package media talks to the video-room, transcoding, calendar and
// plagiarism-check services used around lessons.
package media

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/google/uuid"

	"audit17/tutoring/retryx"
)

// Rooms provisions video rooms for lessons.
type Rooms struct {
	base  string
	token string
	hc    *http.Client
}

// NewRooms returns a video-room client.
func NewRooms(base, token string) *Rooms {
	return &Rooms{base: base, token: token, hc: &http.Client{Timeout: 10 * time.Second}}
}

// Room is a provisioned video room.
type Room struct {
	ID  string `json:"id"`
	URL string `json:"url"`
}

// Provision creates the room for a lesson, retrying transient failures.
func (r *Rooms) Provision(ctx context.Context, lessonID int64, startsAt time.Time) (*Room, error) {
	return retryx.Do(ctx, 4, 500*time.Millisecond, func(ctx context.Context) (*Room, error) {
		body, _ := json.Marshal(map[string]any{
			"name":       fmt.Sprintf("lesson-%d", lessonID),
			"starts_at":  startsAt.Unix(),
			"request_id": uuid.NewString(),
		})
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.base+"/v1/rooms", bytes.NewReader(body))
		if err != nil {
			return nil, retryx.Permanent(err)
		}
		req.Header.Set("Authorization", "Bearer "+r.token)
		resp, err := r.hc.Do(req)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 400 && resp.StatusCode < 500 {
			return nil, retryx.Permanent(fmt.Errorf("rooms: %d", resp.StatusCode))
		}
		if resp.StatusCode >= 500 {
			return nil, fmt.Errorf("rooms: %d", resp.StatusCode)
		}
		var room Room
		return &room, json.NewDecoder(resp.Body).Decode(&room)
	})
}

// Transcoder turns lesson recordings into downloadable files.
type Transcoder struct {
	base string
	hc   *http.Client
}

// NewTranscoder returns a transcoding client.
func NewTranscoder(base string) *Transcoder { return &Transcoder{base: base, hc: http.DefaultClient} }

type job struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Output string `json:"output"`
}

// WaitForRecording polls a transcoding job until its output is ready.
func (t *Transcoder) WaitForRecording(ctx context.Context, jobID string) (string, error) {
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, t.base+"/jobs/"+jobID, nil)
		resp, err := t.hc.Do(req)
		if err != nil {
			return "", err
		}
		var j job
		err = json.NewDecoder(resp.Body).Decode(&j)
		resp.Body.Close()
		if err != nil {
			return "", err
		}
		switch j.Status {
		case "done":
			return j.Output, nil
		case "error":
			return "", fmt.Errorf("transcode %s failed", jobID)
		}
		time.Sleep(700 * time.Millisecond)
	}
}

// Calendar pushes lessons to tutors' external calendars.
type Calendar struct {
	base string
	hc   *http.Client
}

// NewCalendar returns a calendar-sync client.
func NewCalendar(base string) *Calendar { return &Calendar{base: base, hc: http.DefaultClient} }

// Sync upserts a lesson event, retrying until the calendar service answers.
func (c *Calendar) Sync(ctx context.Context, tutorID int64, lessonID int64, at time.Time) error {
	body, _ := json.Marshal(map[string]any{"tutor": tutorID, "lesson": lessonID, "at": at})
	for i := 0; i < 5; i++ {
		resp, err := c.hc.Post(c.base+"/events", "application/json", bytes.NewReader(body))
		if err == nil && resp.StatusCode < 300 {
			resp.Body.Close()
			return nil
		}
		if resp != nil {
			resp.Body.Close()
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("calendar sync for lesson %d failed", lessonID)
}

// Plagiarism uploads homework for originality checks.
type Plagiarism struct {
	base string
	hc   *http.Client
}

// NewPlagiarism returns a plagiarism-check client.
func NewPlagiarism(base string) *Plagiarism { return &Plagiarism{base: base, hc: http.DefaultClient} }

// Submit uploads a document; every attempt gets a fresh submission id.
func (p *Plagiarism) Submit(ctx context.Context, doc io.ReadSeeker) (string, error) {
	for attempt := 0; attempt < 3; attempt++ {
		doc.Seek(0, io.SeekStart)
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, p.base+"/v2/submissions", doc)
		req.Header.Set("X-Submission-Id", uuid.NewString())
		resp, err := p.hc.Do(req)
		if err != nil {
			time.Sleep(200 * time.Millisecond)
			continue
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusAccepted {
			continue
		}
		return resp.Header.Get("Location"), nil
	}
	return "", fmt.Errorf("plagiarism upload failed")
}
