package media

import (
	"encoding/json"
	"net/http"

	"github.com/gorilla/mux"
	"github.com/redis/go-redis/v9"
)

// Shares counts social shares of campaign pages, as reported by the share
// tracker's callback.
type Shares struct {
	rdb *redis.Client
}

func NewShares(rdb *redis.Client) *Shares { return &Shares{rdb: rdb} }

// Routes mounts the tracker callback and the public counter.
func (s *Shares) Routes(r *mux.Router) {
	r.HandleFunc("/hooks/shares", s.Callback).Methods(http.MethodPost)
	r.HandleFunc("/campaigns/{slug}/shares", s.Count).Methods(http.MethodGet)
}

type shareEvent struct {
	Slug    string `json:"slug"`
	Network string `json:"network"`
	Count   int64  `json:"count"`
}

// Callback adds the tracker's batched share counts.
func (s *Shares) Callback(w http.ResponseWriter, r *http.Request) {
	var batch []shareEvent
	if err := json.NewDecoder(r.Body).Decode(&batch); err != nil {
		http.Error(w, "bad batch", http.StatusBadRequest)
		return
	}
	for _, ev := range batch {
		s.rdb.HIncrBy(r.Context(), "shares:"+ev.Slug, ev.Network, ev.Count)
	}
	w.WriteHeader(http.StatusNoContent)
}

// Count returns a campaign's share count per network.
func (s *Shares) Count(w http.ResponseWriter, r *http.Request) {
	slug := mux.Vars(r)["slug"]
	n, _ := s.rdb.HGet(r.Context(), "shares:"+slug, "total").Result()
	_ = json.NewEncoder(w).Encode(map[string]string{"slug": slug, "total": n})
}
