/** A status bar item for the active draft: figures checked, mismatches, unsupported. Click: Problems panel. */
import { StatusBarAlignment, window, type Disposable, type StatusBarItem } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';

interface Stats {
  uri: string;
  checked: number;
  mismatches: number;
  unsupported: number;
  names: number;
}

export class StatusBar implements Disposable {
  private readonly item: StatusBarItem;
  private readonly stats = new Map<string, Stats>();
  private readonly subscriptions: Disposable[] = [];

  constructor(client: LanguageClient) {
    this.item = window.createStatusBarItem('paperCheck.status', StatusBarAlignment.Right, 100);
    this.item.name = 'Paper Check';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      client.onNotification('paperCheck/stats', (s: Stats) => {
        this.stats.set(s.uri, s);
        this.render();
      }),
      window.onDidChangeActiveTextEditor(() => this.render()),
    );
  }

  private render(): void {
    const uri = window.activeTextEditor?.document.uri.toString();
    const s = uri ? this.stats.get(uri) : undefined;
    if (!s) {
      this.item.hide();
      return;
    }
    const issues = s.mismatches + s.names;
    this.item.text = `${issues ? '$(warning)' : '$(check)'} ${s.checked} figures · ${s.mismatches} ✗ · ${s.unsupported} ?`;
    const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
    this.item.tooltip = `Paper Check: ${n(s.checked, 'figure', 'figures')} checked against the paper; ${n(s.mismatches, 'disagrees', 'disagree')}, ${n(s.unsupported, 'is', 'are')} not in it, ${n(s.names, 'misspelled name', 'misspelled names')}. Click for the Problems panel.`;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const d of this.subscriptions) d.dispose();
  }
}
