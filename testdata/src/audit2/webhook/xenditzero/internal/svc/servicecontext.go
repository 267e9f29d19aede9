package svc

import "github.com/jmoiron/sqlx"

type Config struct {
	Xendit struct {
		CallbackToken string
	}
	Sandbox bool
}

type ServiceContext struct {
	Config Config
	DB     *sqlx.DB
}

func NewServiceContext(c Config, db *sqlx.DB) *ServiceContext {
	return &ServiceContext{Config: c, DB: db}
}
