// Package store is a ticket office's hand-written Supabase client: its
// only database, reached through PostgREST over HTTP, with the user's
// bearer token and no apikey header.
package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

type Rest struct {
	Base, Token string
	HC          *http.Client
}

// RecordEvent upserts the delivery by its event id (PostgREST's
// on_conflict): the office's own table.
func (s *Rest) RecordEvent(ctx context.Context, eventID, kind string) error {
	body, _ := json.Marshal(map[string]string{"event_id": eventID, "kind": kind})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.Base+"/rest/v1/ticket_events?on_conflict=event_id", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+s.Token)
	req.Header.Set("Prefer", "resolution=ignore-duplicates")
	resp, err := s.HC.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Recent reads the deliveries after a moment (a gt. filter).
func (s *Rest) Recent(ctx context.Context, after string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.Base+"/rest/v1/ticket_events?created_at=gt."+after, nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Authorization", "Bearer "+s.Token)
	resp, err := s.HC.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var rows []map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&rows); err != nil {
		return 0, fmt.Errorf("recent: %w", err)
	}
	return len(rows), nil
}

// Venue is the venue's seating API, which also lives under /rest/v1/ and
// takes a plain query: a hold placed there is an external call.
type Venue struct {
	HC *http.Client
}

func (v *Venue) Hold(ctx context.Context, seat string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://seats.example.org/rest/v1/holds?seat="+seat, nil)
	if err != nil {
		return err
	}
	resp, err := v.HC.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
