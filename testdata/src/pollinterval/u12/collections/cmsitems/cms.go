// Package cmsitems: a headless CMS's collections and their items
// (Webflow-style "/v2/collections/{id}/items", a published item
// deleted), polled fast for a publish job. Silent: no payment action is
// taken on a collection.
package cmsitems

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type CMS struct {
	hc   *http.Client
	base string
}

type Collection struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

func (c *CMS) Get(ctx context.Context, id string) (*Collection, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/v2/collections/%s", c.base, id), nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var col Collection
	return &col, json.NewDecoder(resp.Body).Decode(&col)
}

func (c *CMS) DeleteItem(ctx context.Context, id, item string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodDelete, fmt.Sprintf("%s/v2/collections/%s/items/%s", c.base, id, item), nil)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (c *CMS) WaitLive(ctx context.Context, id string) error {
	for {
		col, err := c.Get(ctx, id)
		if err != nil {
			return err
		}
		if col.Status == "live" {
			return nil
		}
		time.Sleep(250 * time.Millisecond)
	}
}
