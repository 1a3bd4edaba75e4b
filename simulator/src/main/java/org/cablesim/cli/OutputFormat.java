package org.cablesim.cli;

/** What a command prints on stdout: tables for people, or JSON for scripts ({@code --format}). */
enum OutputFormat {
    TEXT,
    JSON
}
