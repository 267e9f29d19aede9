// Package postgrest is a stub of github.com/supabase-community/postgrest-go
// (v0.0.11): the client of a PostgREST server, which queries the app's
// own Postgres over HTTP. Its execute helper sends the request with an
// http.Client, as the real package does.
package postgrest

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
)

type countType = int64

type Client struct {
	ClientError error
	session     http.Client
	baseURL     string
}

// NewClient constructs a new client given a URL to a Postgrest instance.
func NewClient(rawURL, schema string, headers map[string]string) *Client {
	return &Client{baseURL: rawURL}
}

// From sets the table to query from.
func (c *Client) From(table string) *QueryBuilder {
	return &QueryBuilder{client: c, tableName: table, headers: map[string]string{}, params: map[string]string{}}
}

// Rpc executes a Postgres function (a stored procedure) and returns its
// result as a string.
func (c *Client) Rpc(name string, count string, rpcBody interface{}) string {
	body, _ := json.Marshal(rpcBody)
	resp, _, _ := executeHelper(c, "POST", body, []string{"rpc", name}, nil, nil)
	return string(resp)
}

// QueryBuilder describes a builder for a query.
type QueryBuilder struct {
	client    *Client
	method    string
	body      []byte
	tableName string
	headers   map[string]string
	params    map[string]string
}

// Select performs vertical filtering.
func (q *QueryBuilder) Select(columns, count string, head bool) *FilterBuilder {
	q.method = "GET"
	q.params["select"] = columns
	return &FilterBuilder{client: q.client, method: q.method, tableName: q.tableName, headers: q.headers, params: q.params}
}

// Insert performs an insertion into the table.
func (q *QueryBuilder) Insert(value interface{}, upsert bool, onConflict, returning, count string) *FilterBuilder {
	q.method = "POST"
	q.body, _ = json.Marshal(value)
	return &FilterBuilder{client: q.client, method: q.method, body: q.body, tableName: q.tableName, headers: q.headers, params: q.params}
}

// Update performs an update on the table.
func (q *QueryBuilder) Update(value interface{}, returning, count string) *FilterBuilder {
	q.method = "PATCH"
	q.body, _ = json.Marshal(value)
	return &FilterBuilder{client: q.client, method: q.method, body: q.body, tableName: q.tableName, headers: q.headers, params: q.params}
}

// ExecuteTo runs the Postgrest query, encoding the result to to.
func (q *QueryBuilder) ExecuteTo(to interface{}) (int64, error) {
	return executeTo(q.client, q.method, q.body, to, []string{q.tableName}, q.headers, q.params)
}

// FilterBuilder describes a builder for a filtered result set.
type FilterBuilder struct {
	client    *Client
	method    string
	body      []byte
	tableName string
	headers   map[string]string
	params    map[string]string
}

// Eq adds an equality filter.
func (f *FilterBuilder) Eq(column, value string) *FilterBuilder {
	f.params[column] = "eq." + value
	return f
}

// Execute runs the PostgREST query, returning the result as a byte slice.
func (f *FilterBuilder) Execute() ([]byte, int64, error) {
	return executeHelper(f.client, f.method, f.body, []string{f.tableName}, f.headers, f.params)
}

// ExecuteTo runs the PostgREST query, encoding the result to to.
func (f *FilterBuilder) ExecuteTo(to interface{}) (countType, error) {
	return executeTo(f.client, f.method, f.body, to, []string{f.tableName}, f.headers, f.params)
}

func executeHelper(client *Client, method string, body []byte, urlFragments []string, headers map[string]string, params map[string]string) ([]byte, countType, error) {
	req, err := http.NewRequest(method, client.baseURL+"/"+urlFragments[0], bytes.NewBuffer(body))
	if err != nil {
		return nil, 0, err
	}
	resp, err := client.session.Do(req)
	if err != nil {
		return nil, 0, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return b, 0, err
}

func executeTo(client *Client, method string, body []byte, to interface{}, urlFragments []string, headers map[string]string, params map[string]string) (countType, error) {
	resp, count, err := executeHelper(client, method, body, urlFragments, headers, params)
	if err != nil {
		return count, err
	}
	return count, json.Unmarshal(resp, to)
}
