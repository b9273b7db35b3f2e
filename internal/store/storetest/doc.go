// Package storetest is the test suite every Store implementation must
// pass, so that SQLite and PostgreSQL answer every query the same way.
package storetest
