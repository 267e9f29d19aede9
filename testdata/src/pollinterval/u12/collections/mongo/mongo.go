// Package mongo: a document store's REST admin API naming its
// collections ("/databases/{db}/collections/{name}"), with a
// "refunds" collection among them; polled fast until an index build is
// done. Silent: the collection is a table of documents, and "refunds"
// is its name, not an action on one.
package mongo

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

type Admin struct {
	hc   *http.Client
	base string
}

type collStats struct {
	Name   string `json:"name"`
	Status string `json:"status"`
}

func (a *Admin) stats(ctx context.Context, db, name string) (*collStats, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.base+"/databases/"+db+"/collections/"+name, nil)
	if err != nil {
		return nil, err
	}
	resp, err := a.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var s collStats
	return &s, json.NewDecoder(resp.Body).Decode(&s)
}

func (a *Admin) WaitIndexed(ctx context.Context) error {
	for i := 0; i < 50; i++ {
		s, err := a.stats(ctx, "billing", "refunds")
		if err != nil {
			return err
		}
		if s.Status == "ready" {
			return nil
		}
		time.Sleep(200 * time.Millisecond)
	}
	return nil
}
