// Package cmscollections (silent): a CMS's "POST /api/collections"
// creates a collection of articles, no amount anywhere: retried with no
// key, it moves no money.
package cmscollections

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

type CMS struct {
	api string
	hc  *http.Client
}

type collection struct {
	Title    string   `json:"title"`
	Articles []string `json:"articles"`
}

func (c *CMS) body(title string, ids []string) []byte {
	raw, _ := json.Marshal(collection{Title: title, Articles: ids})
	return raw
}

func (c *CMS) Publish(ctx context.Context, title string, ids []string) error {
	for i := 0; i < 3; i++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.api+"/api/collections", bytes.NewReader(c.body(title, ids)))
		if err != nil {
			return err
		}
		resp, err := c.hc.Do(req)
		if err == nil && resp.StatusCode < 300 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("publish: gave up")
}
