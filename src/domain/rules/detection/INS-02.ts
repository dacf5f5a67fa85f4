import { message, nodeRef } from '../text';
import { defineRule } from '../types';
import { linksOut } from './links';

/** Agent-based Inspector scanning an instance that has no SSM Agent. */
export const INS_02 = defineRule({
  meta: {
    id: 'INS-02',
    severity: 'warning',
    group: 'detection',
    title: {
      en: 'Agent-based Inspector scan of an EC2 without the SSM Agent',
      ja: 'SSM エージェントのない EC2 をエージェントベースでスキャンしている',
    },
    why: {
      en: 'In agent-based mode, Inspector finds vulnerabilities from the software inventory that the AWS Systems Manager (SSM) Agent collects on the instance. Without the agent Inspector cannot see what is installed, and the instance is not scanned. Hybrid mode scans such instances agentlessly instead.',
      ja: 'エージェントベースのスキャンでは、インスタンス上の AWS Systems Manager（SSM）エージェントが収集したソフトウェアインベントリをもとに、Inspector が脆弱性を検出します。エージェントがなければ何がインストールされているか分からず、そのインスタンスはスキャンされません。ハイブリッドモードなら、こうしたインスタンスはエージェントレスでスキャンされます。',
    },
    fix: {
      en: 'Install the SSM Agent on the instance, or switch Inspector to hybrid scanning.',
      ja: 'インスタンスに SSM エージェントを導入するか、Inspector をハイブリッドスキャンに切り替えてください。',
    },
    source: 'https://docs.aws.amazon.com/inspector/latest/user/scanning-ec2.html',
  },
  check(graph, report) {
    for (const inspector of graph.nodesOfKind('inspector')) {
      if (inspector.props.scanMode !== 'agent') continue;
      for (const { target } of linksOut(graph, inspector.id, 'monitors')) {
        if (target.kind !== 'ec2' || target.props.ssmAgent !== false) continue;
        report({
          nodes: [target.id, inspector.id],
          message: message(
            (a) => `${a.inspector} scans in agent mode, but ${a.ec2} has no SSM Agent.`,
            (a) =>
              `${a.inspector}はエージェントベースでスキャンしますが、${a.ec2}に SSM エージェントがありません。`,
            { inspector: nodeRef(inspector), ec2: nodeRef(target) },
          ),
        });
      }
    }
  },
});
