// Package ent stands for the code entgo.io/ent generates for a
// CreditGrant schema: the create builder and, with the sql/upsert
// feature, its OnConflict upsert builder.
package ent

import "context"

type Client struct {
	CreditGrant *CreditGrantClient
}

type CreditGrant struct{ ID int }

type CreditGrantClient struct{}

func (c *CreditGrantClient) Create() *CreditGrantCreate { return &CreditGrantCreate{} }

type CreditGrantCreate struct{}

func (c *CreditGrantCreate) SetAccountID(v string) *CreditGrantCreate               { return c }
func (c *CreditGrantCreate) SetAmount(v int64) *CreditGrantCreate                   { return c }
func (c *CreditGrantCreate) SetEventID(v string) *CreditGrantCreate                 { return c }
func (c *CreditGrantCreate) Save(ctx context.Context) (*CreditGrant, error)         { return nil, nil }
func (c *CreditGrantCreate) Exec(ctx context.Context) error                         { return nil }
func (c *CreditGrantCreate) OnConflictColumns(cols ...string) *CreditGrantUpsertOne { return nil }

type CreditGrantUpsertOne struct{}

func (u *CreditGrantUpsertOne) Ignore() *CreditGrantUpsertOne  { return u }
func (u *CreditGrantUpsertOne) Exec(ctx context.Context) error { return nil }
