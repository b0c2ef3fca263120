import { Component, type ErrorInfo, type ReactNode } from 'react';

export type ErrorBoundaryProps = { label: string; children: ReactNode };
type ErrorBoundaryState = { error: Error | null };

/** Contains a render error to one region, with a way to try again. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.label} failed to render`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
        <p className="font-semibold">{this.props.label} could not be shown.</p>
        <p className="mt-1">{this.state.error.message}</p>
        <button
          type="button"
          className="mt-2 rounded border border-red-400 bg-white px-2 py-1 font-medium hover:bg-red-100"
          onClick={() => this.setState({ error: null })}
        >
          Try again
        </button>
      </div>
    );
  }
}
